## Who is missing (/manage/programmes/{id}/missing): groups known to the portal that have
## never sent the programme a bid, counted by area and by how they describe who leads them,
## and the lead's invitations to an open round.

# $programme is the programme's name.
outreach-title = Who has not applied yet: { $programme }
outreach-heading = Who has not applied yet
outreach-intro =
    { $count ->
        [0] Every group registered on the portal has sent this programme a bid.
        [one] 1 group registered on the portal has never sent this programme a bid. A bid that was started but never sent does not count as applying.
       *[other] { $count } groups registered on the portal have never sent this programme a bid. A bid that was started but never sent does not count as applying.
    }
outreach-privacy = Groups were promised that their answers about who leads them are shown only as totals, so that nobody can be picked out. So this page never shows one group's answers: the list below gives each group's name, kind and area only, and is never narrowed by those answers. A count is hidden when fewer than { $smallest } groups have that answer, or fewer than { $smallest } of the groups counted do not have it.
outreach-hidden = hidden
outreach-area-not-given = Area not given
outreach-by-area = By area
# $described is a description, such as "Black / African / Caribbean / Black British".
outreach-by-area-described = The last column counts the groups in each area that describe who leads them as "{ $described }".
outreach-clear-described = Stop counting by this description
outreach-by-description = By how they describe who leads them
# $area is an area's name.
outreach-by-description-in = By how they describe who leads them, in { $area }
outreach-by-description-hint = Choose a description to count it in each area. A group that gives several descriptions is counted under each.
outreach-column-area = Area
outreach-column-groups = Groups
outreach-column-described = Description
# $described is a description, such as "Black / African / Caribbean / Black British".
outreach-column-described-count = Of these, "{ $described }"
outreach-column-name = Group
outreach-column-kind = Kind of group
outreach-column-invite = Invite to apply
outreach-groups =
    { $count ->
        [one] 1 group
       *[other] { $count } groups
    }
# $area is an area's name.
outreach-groups-in =
    { $count ->
        [one] 1 group in { $area }
       *[other] { $count } groups in { $area }
    }
outreach-groups-caption = Groups that have not applied
outreach-every-area = Show groups in every area
outreach-no-open-round = There is no round open now. You can invite groups while a round is open.
outreach-invite-explained = Inviting a group emails its members (and its contact address) once: who runs the programme, what the round is for, when it closes, the link to it, and how to reach your team. Each group can be invited to a round only once.
outreach-invite = Invite to apply
# $round is the round's name.
outreach-invite-to = Invite to { $round }
# $date is the day the invitation was sent.
outreach-invited = Invited on { $date }
outreach-invited-to = Invited to { $round } on { $date }
# $group is the group's name.
outreach-flash-invited = { $group } has been invited. The email is on its way.
outreach-flash-already = { $group } was already invited to this round, on { $date }. Nothing more was sent.
# $limit is how many invitations a lead may send in an hour; $time when the next is allowed.
outreach-error-throttled = You have sent { $limit } invitations in the last hour, which is the most the portal sends at once. You can send more from { $time }. Nothing was sent this time.
outreach-error-round-not-open = This round is not open, so groups cannot be invited to it. Invitations can be sent while a round is open.
outreach-error-has-applied = This group has already sent the programme a bid, so it does not need an invitation.
# On the lead's page of a bid from a group the lead invited to the round. $date is the day.
outreach-bid-invited = Invited to apply on { $date }
outreach-directory-count =
    { $count ->
        [0] None of them lists what it runs in the community directory yet.
        [one] 1 of them lists what it runs in the community directory: an activity you could fund, named under the group.
       *[other] { $count } of them list what they run in the community directory: activities you could fund, named under each group.
    }
outreach-directory-link = Search the directory
outreach-in-directory = In the directory:
