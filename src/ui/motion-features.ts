import { domAnimation } from 'framer-motion';

/** framer-motion's animation features, loaded after first paint so they stay off the critical path. */
export default domAnimation;
