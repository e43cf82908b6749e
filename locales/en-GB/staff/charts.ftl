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
