// The web admin's build: one entry, a chunk per portal (React.lazy). React and ECharts get named chunks that stay cached
// across releases; antd is left to Rollup, so each portal carries only the components it uses.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.WEB_ADMIN_API ?? 'http://127.0.0.1:4000';

function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/node_modules\/(echarts|zrender)\//.test(id)) return 'vendor-echarts';
  if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//.test(id)) return 'vendor-react';
  return undefined;
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
  server: {
    proxy: { '/graphql': api, '/photos': api, '/exports': api, '/reports': api, '/documents': api },
  },
});
