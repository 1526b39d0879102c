"""Settings for the settlement service, read from the environment."""
from pydantic import model_validator
from pydantic_settings import BaseSettings

_HOSTS = {
    "test": "https://apitest.vipps.no",
    "production": "https://api.vipps.no",
}


def base_url_for(environment: str) -> str:
    return _HOSTS[environment]


class Settings(BaseSettings):
    vipps_environment: str = "test"
    vipps_base_url: str = ""
    vipps_client_id: str = ""
    vipps_client_secret: str = ""
    vipps_subscription_key: str = ""
    partner_msn_allowlist: set[str] = set()

    @model_validator(mode="after")
    def _check(self):
        if not self.vipps_base_url:
            self.vipps_base_url = base_url_for(self.vipps_environment)
        if self.vipps_base_url != base_url_for(self.vipps_environment):
            raise ValueError(f"VIPPS_BASE_URL does not match VIPPS_ENVIRONMENT={self.vipps_environment}")
        if not self.vipps_client_secret:
            raise ValueError("VIPPS_CLIENT_SECRET is required")
        return self


settings = Settings()
