import type { CrisisRoutes, OutcomeServices, ServiceCard, CrisisRouteCard } from '../../lib/config/services-for-outcome';

// Local services and routes from the organisation's configuration (lib/config), or the national
// default with a note that the organisation has not set one. Web addresses are text, never links:
// the extension does not navigate anywhere.

function ServiceDetails({ service }: { service: ServiceCard | CrisisRouteCard }) {
  const rows: Array<[string, string]> = [
    ['How to access', 'howToAccess' in service ? service.howToAccess : ''],
    ['When to use', 'whenToUse' in service ? service.whenToUse : ''],
    ['Phone', service.phone],
    ['Web', service.web],
    ['Email', 'email' in service ? service.email : ''],
    ['Hours', service.hours],
    ['Notes', 'notes' in service ? service.notes : ''],
  ];
  return (
    <li class="service">
      <strong>{service.name}</strong>
      <dl>
        {rows
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </li>
  );
}

export function OutcomeServiceList({ services }: { services: OutcomeServices }) {
  return (
    <div class="services">
      {services.note && <p class="quiet">{services.note}</p>}
      <ul>
        {services.services.map((service) => (
          <ServiceDetails key={service.id} service={service} />
        ))}
      </ul>
    </div>
  );
}

export function CrisisRouteList({ routes }: { routes: CrisisRoutes }) {
  return (
    <div class="services">
      {routes.note && <p class="quiet">{routes.note}</p>}
      <ul>
        {[...routes.local, ...routes.national].map((route) => (
          <ServiceDetails key={route.id} service={route} />
        ))}
      </ul>
    </div>
  );
}
