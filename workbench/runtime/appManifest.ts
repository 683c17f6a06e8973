import { z } from 'zod';

/**
 * The parts of `manifest.yml` the runtime needs: which export runs for which module, which events and
 * queues wake which function, and the declared scopes. Everything else in the manifest is left alone.
 */

const Key = z.string().min(1);

const FunctionModule = z.looseObject({ key: Key, handler: z.string(), timeoutSeconds: z.number().int().positive().optional() });
const TriggerModule = z.looseObject({ key: Key, function: Key, events: z.array(z.string()).min(1) });
const ConsumerModule = z.looseObject({ key: Key, queue: Key, function: Key });
const WorkflowValidatorModule = z.looseObject({ key: Key, function: Key.optional(), expression: z.string().optional() });
const JqlFunctionModule = z.looseObject({
  key: Key,
  name: z.string().min(1),
  function: Key,
  operators: z.array(z.string()).min(1),
  types: z.array(z.string()).min(1),
  arguments: z.array(z.looseObject({ name: z.string(), required: z.boolean() })).optional(),
});
const AnyModule = z.looseObject({ key: Key, resolver: z.looseObject({ function: Key.optional() }).optional() });

const ManifestShape = z.looseObject({
  app: z.looseObject({ id: z.string().min(1) }),
  modules: z.record(z.string(), z.array(z.unknown())),
  permissions: z.looseObject({ scopes: z.array(z.string()).optional() }).optional(),
});

export type FunctionModule = z.infer<typeof FunctionModule>;
export type TriggerModule = z.infer<typeof TriggerModule>;
export type ConsumerModule = z.infer<typeof ConsumerModule>;
export type WorkflowValidatorModule = z.infer<typeof WorkflowValidatorModule>;
export type JqlFunctionModule = z.infer<typeof JqlFunctionModule>;

export interface UiModule {
  key: string;
  moduleType: string;
  resolverFunction: string;
}

export interface AppManifest {
  appId: string;
  scopes: ReadonlySet<string>;
  /** Every module key, handed to the Jira simulator so it can tell the app's own fields. */
  moduleKeys: string[];
  functions: Map<string, FunctionModule>;
  uiModules: Map<string, UiModule>;
  triggers: TriggerModule[];
  consumers: ConsumerModule[];
  workflowValidators: Map<string, WorkflowValidatorModule>;
  jqlFunctions: JqlFunctionModule[];
}

/** Reads a parsed manifest; a manifest the platform would refuse to deploy is refused here, naming the module. */
export function readAppManifest(raw: unknown): AppManifest {
  const manifest = parseOrThrow(ManifestShape, raw, 'manifest');
  const modulesOf = <T>(type: string, schema: z.ZodType<T>): T[] =>
    (manifest.modules[type] ?? []).map((module, index) => parseOrThrow(schema, module, `modules.${type}[${index}]`));

  const functions = new Map(modulesOf('function', FunctionModule).map((fn) => [fn.key, fn]));
  const moduleKeys: string[] = [];
  const uiModules = new Map<string, UiModule>();
  for (const [moduleType, modules] of Object.entries(manifest.modules)) {
    modules.forEach((module, index) => {
      const parsed = parseOrThrow(AnyModule, module, `modules.${moduleType}[${index}]`);
      moduleKeys.push(parsed.key);
      if (parsed.resolver?.function) uiModules.set(parsed.key, { key: parsed.key, moduleType, resolverFunction: parsed.resolver.function });
    });
  }
  const app: AppManifest = {
    appId: manifest.app.id,
    scopes: new Set(manifest.permissions?.scopes ?? []),
    moduleKeys,
    functions,
    uiModules,
    triggers: modulesOf('trigger', TriggerModule),
    consumers: modulesOf('consumer', ConsumerModule),
    workflowValidators: new Map(modulesOf('jira:workflowValidator', WorkflowValidatorModule).map((v) => [v.key, v])),
    jqlFunctions: modulesOf('jira:jqlFunction', JqlFunctionModule),
  };
  checkFunctionReferences(app);
  return app;
}

function checkFunctionReferences(app: AppManifest): void {
  const references = [
    ...[...app.uiModules.values()].map((m) => [m.key, m.resolverFunction] as const),
    ...app.triggers.map((m) => [m.key, m.function] as const),
    ...app.consumers.map((m) => [m.key, m.function] as const),
    ...[...app.workflowValidators.values()].flatMap((m) => (m.function ? [[m.key, m.function] as const] : [])),
    ...app.jqlFunctions.map((m) => [m.key, m.function] as const),
  ];
  for (const [moduleKey, functionKey] of references) {
    if (!app.functions.has(functionKey)) throw new Error(`Module '${moduleKey}' refers to function '${functionKey}', which the manifest does not define`);
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Invalid ${where}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
