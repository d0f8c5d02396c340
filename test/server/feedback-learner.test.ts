import { createMemoryFeedbackStore } from '../../server/feedback/memory-store.js';
import { learnerSuite } from './feedback-learner-suite.js';

learnerSuite('memory store', createMemoryFeedbackStore);
