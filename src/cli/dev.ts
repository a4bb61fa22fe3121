/**
 * Runs the command from source (used by `npm run paper` through tsx, so no build step is needed).
 * @remarks Since 0.1.0
 */
import { main } from './main.js';

await main(process.argv);
