/**
 * Two-player strategic games: support enumeration, vertex enumeration (Gambit's `enummixed`),
 * Lemke–Howson from every label, and Gambit's `lcp -S` search.
 * @remarks Since 0.1.0
 */
export { type VertexEnumerationOptions, defaultVertexEnumerationOptions, vertexEnumeration } from './enummixed.js';
export { type LcpStrategicOptions, defaultLcpStrategicOptions, lcpStrategic } from './lcp-strategic.js';
export { type LemkeHowsonOptions, defaultLemkeHowsonOptions, lemkeHowson } from './lemke-howson.js';
export { type Bimatrix, bimatrixOf } from './matrices.js';
export {
  type SupportEnumerationOptions,
  defaultSupportEnumerationOptions,
  supportEnumeration,
} from './support-enumeration.js';
