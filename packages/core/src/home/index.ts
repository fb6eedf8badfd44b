export { CoordinatorHomeView, OrganiserHomeView } from './home.schema.ts';
export { organiserHome, HOME_LIMITS } from './organiser-home.ts';
export { coordinatorHome } from './coordinator-home.ts';
