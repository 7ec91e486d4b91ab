/** Times are stored in UTC and shown in UK local time, whatever the laptop's own zone. */
export const UK_TIME_ZONE = 'Europe/London';
