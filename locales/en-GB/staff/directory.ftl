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
