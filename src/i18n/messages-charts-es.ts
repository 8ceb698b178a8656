import type { chartMessagesEn } from './messages-charts-en';

export const chartMessagesEs: Record<keyof typeof chartMessagesEn, string> = {
  'chart.showTable': 'Mostrar los datos como tabla',
};
