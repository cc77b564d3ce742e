// The zone of the demo province (NTB: WITA, UTC+8); tenants carry their own `timeZone`.
export const DEFAULT_TIME_ZONE = 'Asia/Makassar';
