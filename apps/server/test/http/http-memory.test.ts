// The cross-backend HTTP suite against a real server process on memory storage.
import { httpSuite } from "./suite.js";

httpSuite("memory");
