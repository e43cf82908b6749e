## The community directory, for its editors (site-wide: hub staff, connectors, a council's
## website manager).

directory-editor-heading = For directory editors
directory-approve = Show in the directory
directory-hide = Take out of the directory
directory-approved = The listing is in the directory.
directory-hidden = The listing is no longer shown in the directory.
directory-queue-title = Directory listings to check
directory-queue-intro = Check each new listing before it is shown: is it a real activity, are the details plain and safe to publish? Every change is recorded.
directory-queue-waiting = { $count ->
    [one] 1 listing waiting
   *[other] { $count } listings waiting
}
directory-queue-hidden = { $count ->
    [one] 1 listing not shown
   *[other] { $count } listings not shown
}
directory-queue-none = Nothing is waiting.
directory-queue-listing = Listing
directory-queue-group = Group
directory-queue-changed = Last changed
directory-categories-title = The directory's categories
directory-categories-intro = The kinds of activity groups file their listings under, and people search by. Rename one and every listing filed under it moves with it; its address in links stays the same. A category you add is shown in every language as you write it.
directory-categories-name = Name
directory-categories-listings = Listings
directory-categories-rename = Rename
directory-categories-new-name = New name for { $name }
directory-categories-add = Add a category
directory-category-added = The category is added.
directory-category-renamed = The category is renamed.
directory-error-category-letters = Use at least one letter from A to Z or a number, so the category has an address for links
directory-error-category-taken = There is already a category called { $name }
what-category-name = the category's name
