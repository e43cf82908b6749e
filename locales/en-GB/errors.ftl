## Error pages: a heading and what the person can do next, by what went wrong.

errors-400-title = There is a problem with the request
errors-400-advice = Go back and try again.
errors-403-title = You cannot do that
errors-403-advice = You may need to sign in, or to sign in as a different person.
errors-404-title = Page not found
errors-404-advice = If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.
# A request the page does not accept (a form sent to an address that only shows a page).
errors-405-title = That is not something this page can do
errors-405-advice = Go back and use the buttons and links on the page.
errors-409-title = That cannot be done now
errors-409-advice = The page may be out of date. Go back, reload it and try again.
errors-413-title = The file or form is too large
errors-413-advice = Go back and choose a smaller file. Video recordings can often be shared as a link instead.
errors-422-title = There is a problem with what was sent
errors-422-advice = Go back and check your answers.
errors-429-title = Too many attempts
errors-429-advice = Wait a few minutes and try again.
errors-503-title = Sorry, the service is unavailable
errors-503-advice = Try again in a few minutes. Nothing you have already saved has been lost.
# Any other fault of ours.
errors-other-title = Sorry, there is a problem with the service
errors-other-advice = Try again later. Nothing you have already saved has been lost.
errors-home-link = Go to the home page

# A form sent without the right form token: it was open too long, or sent from another site.
errors-form-expired = This form has expired or was sent from somewhere else. Go back, reload the page and try again.
