// Loaded into the server process with --import by crash-handling.test.ts: on
// SIGUSR2 it makes the fault named by MOLTNET_TEST_FAULT happen outside any
// request, as a driver bug would: a rejection nobody handles, or an exception
// thrown from a timer.
process.on("SIGUSR2", () => {
  if (process.env.MOLTNET_TEST_FAULT === "reject") void Promise.reject(new Error("injected rejection nobody awaits"));
  else
    setImmediate(() => {
      throw new Error("injected exception outside any request");
    });
});
