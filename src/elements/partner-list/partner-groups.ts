/**
 * What <partner-list> shows, worked out from the feed without any DOM: one
 * project's partners grouped by role, or every organisation with the
 * projects it takes part in; after the `roles` and `type` filters.
 */
import { projectPartners, type Participation } from '../../feed/query.js';
import { PARTNER_ROLES, type Feed, type Organization, type PartnerRole, type Project, type Text } from '../../feed/types.js';

export interface PartnerItem {
  readonly org: Organization;
  /** Its contribution to the project (when a project is given). */
  readonly contribution?: Text | undefined;
  /** The projects it takes part in (when no project is given). */
  readonly projects?: readonly Participation[];
}

export interface PartnerGroup {
  /** The role all items have in the project; none when no project is given. */
  readonly role?: PartnerRole;
  readonly items: readonly PartnerItem[];
}

/**
 * The groups to show; empty groups are left out. An empty filter lets
 * everything through. An organisation with two roles in a project is in both
 * role groups.
 */
export function partnerGroups(feed: Feed, project: Project | undefined, roles: readonly string[], types: readonly string[]): PartnerGroup[] {
  const roleOk = (role: PartnerRole): boolean => !roles.length || roles.includes(role);
  const orgOk = (org: Organization): boolean => !types.length || types.includes(org.type ?? '');
  let groups: PartnerGroup[];
  if (project) {
    const entries = projectPartners(feed, project).filter((e) => roleOk(e.role) && orgOk(e.organization));
    groups = PARTNER_ROLES.map((role) => ({
      role,
      items: entries.filter((e) => e.role === role).map((e) => ({ org: e.organization, contribution: e.contribution })),
    }));
  } else {
    const taking = new Map<string, Participation[]>();
    for (const p of feed.projects) {
      for (const { organization, role, contribution } of p.partners) {
        if (!roleOk(role)) continue;
        const list = taking.get(organization) ?? [];
        list.push({ project: p, role, contribution });
        taking.set(organization, list);
      }
    }
    groups = [
      {
        items: feed.organizations
          .filter((o) => orgOk(o) && (!roles.length || taking.has(o.id)))
          .map((org) => ({ org, contribution: undefined, projects: taking.get(org.id) ?? [] })),
      },
    ];
  }
  return groups.filter((g) => g.items.length);
}
