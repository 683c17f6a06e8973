import { z } from 'zod';

// zod compiles object parsers with `new Function` when the page allows it, deciding when each schema is built;
// Forge's CSP forbids eval and reports every attempt. Import this module first, before any module defining a schema.
z.config({ jitless: true });
