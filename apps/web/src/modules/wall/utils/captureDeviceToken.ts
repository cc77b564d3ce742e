// `/wall?device=<token>`: keep the token (localStorage) and take it out of the address bar at
// once, so it is not left in screenshots, history or a Referer.
import { deviceToken } from '../../../app/apollo/deviceToken';

export function captureDeviceToken(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('device');
  if (!token) return;
  deviceToken.set(token);
  url.searchParams.delete('device');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
