DROP TABLE email_requests;
DROP TABLE sign_in_links;
