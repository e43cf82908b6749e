DROP INDEX directory_listings_search;
ALTER TABLE directory_listings DROP COLUMN search_vector;
CREATE INDEX directory_listings_search ON directory_listings USING GIN (to_tsvector('english', search_body));
