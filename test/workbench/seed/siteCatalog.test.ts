import { buildDemoSite } from '../../../workbench/seed';

describe('the demo site catalogue', () => {
  const site = buildDemoSite();
  const field = (id: string) => site.fields.find((f) => f.id === id);

  it('describes system fields the way GET /field does', () => {
    const ids = ['summary', 'description', 'labels', 'priority', 'assignee', 'reporter', 'status', 'issuetype', 'project', 'created', 'updated', 'resolution', 'resolutiondate', 'parent', 'comment'];
    for (const id of ids) {
      expect(field(id)).toMatchObject({ id, key: id, custom: false, schema: { system: id } });
      expect(field(id)!.clauseNames.length).toBeGreaterThan(0);
    }
    expect(field('labels')!.schema).toEqual({ type: 'array', items: 'string', system: 'labels' });
    expect(field('issuetype')!.clauseNames).toEqual(['issuetype', 'type']);
  });

  it('has Jira’s priorities with ids 1 to 5 and the default resolutions', () => {
    expect(site.priorities).toEqual([
      { id: '1', name: 'Highest' },
      { id: '2', name: 'High' },
      { id: '3', name: 'Medium' },
      { id: '4', name: 'Low' },
      { id: '5', name: 'Lowest' },
    ]);
    expect(site.resolutions.map((r) => r.name)).toEqual(['Done', "Won't Do", 'Duplicate', 'Cannot Reproduce']);
  });

  it('has the default link types plus Escalates', () => {
    expect(site.linkTypes.map((t) => t.name)).toEqual(['Blocks', 'Cloners', 'Duplicate', 'Relates', 'Escalates']);
  });

  it('configures the four projects with the agreed styles and issue types', () => {
    const project = (key: string) => site.projects.find((p) => p.key === key)!;
    const typeNames = (key: string) => project(key).issueTypeIds.map((id) => site.issueTypes.find((t) => t.id === id)!.name);
    expect(project('SD')).toMatchObject({ projectTypeKey: 'service_desk', style: 'classic' });
    expect(typeNames('SD')).toEqual(['Incident', 'Service request', 'Problem']);
    expect(typeNames('CHG')).toEqual(['Change']);
    expect(typeNames('SEC')).toEqual(['Security incident', 'Vulnerability']);
    expect(project('AIG').style).toBe('next-gen');
    expect(typeNames('AIG')).toEqual(['AI incident', 'AI system review']);
    for (const id of project('AIG').issueTypeIds) expect(site.issueTypes.find((t) => t.id === id)!.scopeProjectId).toBe(project('AIG').id);
  });

  it('walks a change through Draft, In review, Approved and Implementing to Done, with no validators yet', () => {
    const chg = site.projects.find((p) => p.key === 'CHG')!;
    const workflow = site.workflows.find((w) => w.projectId === chg.id)!;
    const name = (id: string) => site.statuses.find((s) => s.id === id)!.name;
    const path = ['Draft'];
    let at = workflow.initialStatusId;
    for (const transition of ['Submit for review', 'Approve', 'Start implementation', 'Complete']) {
      const t = workflow.transitions.find((x) => x.name === transition && x.from.includes(at))!;
      at = t.to;
      path.push(name(at));
    }
    expect(path).toEqual(['Draft', 'In review', 'Approved', 'Implementing', 'Done']);
    expect(workflow.transitions.every((t) => Array.isArray(t.validatorModuleKeys) && t.validatorModuleKeys.length === 0)).toBe(true);
  });

  it('gives every workflow status a known category and unique transition ids', () => {
    const statusIds = new Set(site.statuses.map((s) => s.id));
    for (const workflow of site.workflows) {
      expect(statusIds.has(workflow.initialStatusId)).toBe(true);
      for (const t of workflow.transitions) for (const id of [...t.from, t.to]) expect(statusIds.has(id)).toBe(true);
      expect(new Set(workflow.transitions.map((t) => t.id)).size).toBe(workflow.transitions.length);
    }
  });
});
