// Side-effect stylesheet imports (Vite handles them); TypeScript only needs to know they exist.
declare module '*.css';
