// The cross-backend HTTP suite against a real server process on postgres storage.
import { httpSuite } from "./suite.js";

httpSuite("postgres");
