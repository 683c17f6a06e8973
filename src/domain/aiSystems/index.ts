/** The AI system register of ISO 42001. */
export * from './aiSystem';
