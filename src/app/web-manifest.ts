import type { ManifestOptions } from 'vite-plugin-pwa';
import { paths } from './paths.ts';

/** The web app manifest; read by vite.config.ts at build time. */
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Agent Workbench · 坐席工作台',
  short_name: 'Workbench',
  description:
    'Roster, pay, KPIs, training and an escalation button for contact-centre agents — works offline.',
  lang: 'zh-CN',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: '#0b5cad',
  background_color: '#f7f8fa',
  categories: ['business', 'productivity'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
  shortcuts: [
    {
      name: 'Escalate · 升级上报',
      short_name: 'Escalate',
      url: paths.escalate(),
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};
