import { registryNoticeEnv } from "./registry-notice";

describe("registryNoticeEnv", () => {
  const urls = "http://industry:4002/internal/registry/changed, http://labour:4004/internal/registry/changed";

  it("reads the domains to notify, and needs plan's service token to notify them over HTTP", () => {
    const refused = registryNoticeEnv.safeParse({ REGISTRY_NOTICE_URLS: urls });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ["SERVICE_TOKEN"],
      message: expect.stringContaining("REGISTRY_NOTICE_URLS needs SERVICE_TOKEN") as string,
    });
    expect(registryNoticeEnv.parse({ REGISTRY_NOTICE_URLS: urls, SERVICE_TOKEN: "t" })).toEqual({
      REGISTRY_NOTICES: true,
      REGISTRY_NOTICE_URLS: [
        "http://industry:4002/internal/registry/changed",
        "http://labour:4004/internal/registry/changed",
      ],
      SERVICE_TOKEN: "t",
    });
  });

  it("needs no token when nothing is sent over HTTP", () => {
    expect(registryNoticeEnv.safeParse({}).success).toBe(true);
    expect(registryNoticeEnv.safeParse({ REGISTRY_NOTICE_URLS: urls, REGISTRY_NOTICES: "false" }).success).toBe(true);
    expect(registryNoticeEnv.safeParse({ REGISTRY_NOTICE_URLS: urls, SERVICE_TOKEN: "" }).success).toBe(false);
  });
});
