DROP FUNCTION writers_running_here();
