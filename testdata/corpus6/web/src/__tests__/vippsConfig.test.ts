import { getBaseUrl, vippsHeaders } from "../lib/vippsConfig";

describe("vipps config", () => {
  it("uses the production host in production", () => {
    process.env.VIPPS_ENV = "production";
    expect(getBaseUrl()).toBe("https://api.vipps.no");
  });

  it("uses the test host otherwise", () => {
    process.env.VIPPS_ENV = "test";
    expect(getBaseUrl()).toBe("https://apitest.vipps.no");
  });

  it("sends the subscription key", () => {
    process.env.VIPPS_SUBSCRIPTION_KEY = "test-subscription-key";
    expect(vippsHeaders()["Ocp-Apim-Subscription-Key"]).toBe("test-subscription-key");
  });
});
