/** English strings of the chart components (src/components/charts). Merged into the main catalogue. */
export const chartMessagesEn = {
  'chart.showTable': 'Show the data as a table',
} as const;
