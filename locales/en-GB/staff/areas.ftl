# The lead's list of the places a programme serves, and the mapping of areas groups typed
# before the list existed.

manage-programme-areas-link = The areas the programme serves
areas-title = Areas the programme serves
areas-intro = The wards, neighbourhoods, primary care networks or places your programme serves. Groups tick the ones their bid serves, and the equity report counts bids by them. List the postcode districts (like B11) or sectors (like B11 1) in each area, and a group's postcode will tick the right area for them.
areas-none = The programme has no areas yet. Until you add some, groups are not asked which areas their bid serves.
areas-caption = The programme's areas
areas-name = Name of the area
    .hint = For example, Sparkbrook and Balsall Heath East
areas-kind = Kind of area
areas-postcodes = Postcode districts or sectors in the area
    .hint = Separate them with commas or spaces, for example B11 1, B12. Leave empty if you do not know them.
areas-bids = Bids
areas-actions = Change or remove
areas-change = Change { $name }
areas-remove = Remove { $name }
areas-add-heading = Add an area
areas-add = Add the area
areas-added = The area has been added.
areas-changed = The area has been changed. Bids that serve it still do.
areas-removed = { $name } has been removed.
areas-change-title = Change { $name }
areas-change-intro = Bids that serve this area keep it when you rename it.
areas-save = Save the area
areas-back = Back to the programme
areas-back-to-list = Back to the areas
areas-kind-ward = Ward
areas-kind-neighbourhood = Neighbourhood
areas-kind-pcn = Primary care network
areas-kind-place = Place
what-area-name = the area's name
what-area-postcodes = the postcodes
areas-error-name-taken = The programme already has an area called { $name }: choose another name
areas-error-kind = Choose the kind of area
areas-error-postcode = { $postcode } is not a postcode district (like B11) or sector (like B11 1)
areas-error-in-use = { $name } cannot be removed: { $bids ->
    [0] groups' own words for their area are mapped to it
    [one] 1 bid serves it
   *[other] { $bids } bids serve it
}. Rename it instead, or map those words to another area first.
areas-error-choose-area = Choose one of the programme's areas
areas-map-heading = Areas groups typed themselves
areas-map-intro = Bids sent before the programme had its list keep the area the group typed. Say which of your areas each one is, and the equity report counts those bids there.
areas-map-none = There is nothing to map: every bid names the programme's areas, or its area is already mapped.
areas-map-add-first = Add the programme's areas above, then map these to them.
areas-map-caption = Areas typed by groups, not yet mapped
areas-map-typed = As the group typed it
areas-map-to = Which of the programme's areas it is
areas-map-label = The programme's area for { $typed }
areas-map-button = Map
areas-mapped = Bids in { $typed } now count under { $name }.
