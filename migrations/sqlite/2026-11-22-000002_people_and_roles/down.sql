DROP TABLE sign_in_failures;
DROP TABLE account_tokens;
DROP TABLE sessions;
DROP TABLE role_grants;
DROP TABLE people;
DROP TABLE programmes;
