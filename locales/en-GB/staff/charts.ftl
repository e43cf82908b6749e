## Charts on the lead's pages (a pot's use of money, its month-by-month report). Each chart
## has a title and a description for screen readers, and a legend.

# One part of a chart with its amount: $label is the part's name, $amount the money.
charts-amount = { $label }: { $amount }
# Between the parts in a chart's description for screen readers. Keep the space at the end.
charts-separator = ;{ " " }
# A line's total at the end of the financial year, in a chart's description.
charts-year-end = { $label }: { $amount } by the end of the year
# A legend entry for a line drawn dashed (told apart without colour).
charts-dashed = { $label } (dashed line)
# A legend entry for a line drawn dotted (told apart without colour).
charts-dotted = { $label } (dotted line)
# A line's amount so far this year, in a chart's description for screen readers.
charts-so-far = { $label }: { $amount } so far
# Beside the line across a chart at today's date; keep it short.
charts-today = Today
# A legend entry for that line.
charts-today-legend = Grey dashed upright line: today (the rest of the year is still to come)
