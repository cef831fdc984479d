// The cross-backend HTTP suite against a real server process on json storage.
import { httpSuite } from "./suite.js";

httpSuite("json");
