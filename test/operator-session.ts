import { actAsOperator } from '../src/app/session/tab-session';

// The suite runs the use-cases in Node, where no tab signs anyone in: it acts as the machine's
// operator, as a script would. Tests of who may do what switch this off (test/app/calls/ownership).
actAsOperator();
