DROP TRIGGER directory_search_insert;
DROP TRIGGER directory_search_update;
DROP TRIGGER directory_search_delete;
DROP TABLE directory_search;
DROP TABLE directory_listing_categories;
DROP TABLE directory_listings;
DROP TABLE directory_categories;
ALTER TABLE people DROP COLUMN is_directory_editor;
