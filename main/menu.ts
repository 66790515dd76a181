// The application menu. Packaged builds have no reload and no DevTools entry (and DevTools are
// off in webPreferences too); the Edit menu stays because it carries copy/paste on macOS.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function installMenu(isPackaged: boolean): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'ファイル', submenu: [isMac ? { role: 'close' } : { role: 'quit', label: '終了' }] },
    { role: 'editMenu', label: '編集' },
    {
      label: '表示',
      submenu: [
        { role: 'resetZoom', label: '実際のサイズ' },
        { role: 'zoomIn', label: '拡大' },
        { role: 'zoomOut', label: '縮小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全画面表示' },
        ...(isPackaged ? [] : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const)),
      ],
    },
    { role: 'windowMenu', label: 'ウィンドウ' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
