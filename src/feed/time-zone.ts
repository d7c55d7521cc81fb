/**
 * The time zone of the offers' dates and wall-clock times: the places are in
 * Germany. A module of its own so that the script-tag entry can name it (to
 * load the zone's data early) without the schedule engine.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';
