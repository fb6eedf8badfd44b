import { useUser } from '../../auth/session';
import { CoordinatorUniversity } from './coordinator-university';
import { UniversityNotFound } from './university-not-found';
import './partnerships.css';

export default function MyUniversityPage() {
  const user = useUser();
  // A coordinator account is always bound to a university; without one there is nothing to show.
  if (!user.universityId) return <UniversityNotFound />;
  return <CoordinatorUniversity universityId={user.universityId} />;
}
