import { lazy } from 'react';
import { useUser } from '../../auth/session';

const OrganiserHome = lazy(() => import('./organiser-home'));
const CoordinatorHome = lazy(() => import('./coordinator-home'));

/** One address for every desk role's first screen, so the brand link and sign-in land in the same place. */
export default function HomePage() {
  const user = useUser();
  return user.role === 'organiser' ? <OrganiserHome /> : <CoordinatorHome />;
}
