/** German texts of <quartier-card>. */
export const deCard = {} as const;
