import { useUser } from '../../auth/session';
import { lazyScreen } from '../../ui/lazy-screen';

const OrganiserHome = lazyScreen(() => import('./organiser-home'));
const CoordinatorHome = lazyScreen(() => import('./coordinator-home'));

/** One address for every desk role's first screen, so the brand link and sign-in land in the same place. */
export default function HomePage() {
  const user = useUser();
  return user.role === 'organiser' ? <OrganiserHome /> : <CoordinatorHome />;
}
