// What a redirect tells the page it lands on (shown by the layout above the page).
export interface RouteNotice {
  notice: 'forbidden' | 'wallForbidden';
}
