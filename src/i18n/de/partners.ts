/** German texts of <partner-list>. */
export const dePartners = {} as const;
