// The cross-backend HTTP suite against a real server process on sqlite storage.
import { httpSuite } from "./suite.js";

httpSuite("sqlite");
