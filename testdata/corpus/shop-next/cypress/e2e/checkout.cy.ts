describe("checkout med Vipps", () => {
  beforeEach(() => {
    cy.intercept("POST", "https://apitest.vipps.no/accesstoken/get", {
      statusCode: 200,
      body: {
        token_type: "Bearer",
        expires_in: "3599",
        ext_expires_in: "0",
        resource: "00000002-0000-0000-c000-000000000000",
        // copied from a real run against the Vipps test environment
        access_token:
          "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Ikl5cXlQUlFUN25DWFZBbWpHNmVQR3JBa2FZTSIsImtpZCI6Ikl5cXlQUlFUN25DWFZBbWpHNmVQR3JBa2FZTSJ9.eyJhdWQiOiIwMDAwMDAwMi0wMDAwLTAwMDAtYzAwMC0wMDAwMDAwMDAwMDAiLCJpc3MiOiJodHRwczovL3N0cy53aW5kb3dzLm5ldC9lZDMwOTI3YS0zODQxLTQ1NGItOWUyZC0xMDNmZmRlNGIyNzUvIiwiaWF0IjoxNzE4Nzg2NTk0LCJuYmYiOjE3MTg3ODY1OTQsImV4cCI6MTcxODg3Mjk5NCwiYWlvIjoic0dvU3RGeEFWcFFaSzYzYUl3M21WYlRVUWluRVE1ZDdtUmU5ZndRbkU3YzRoOEtseUNrWjJBPT0iLCJhcHBpZCI6ImE0Y2MwZGE2LTg2YzItNDY1OS1hN2UxLTRlNWYzNWM1OWQwYSIsImFwcGlkYWNyIjoiMSIsImlkcCI6Imh0dHBzOi8vc3RzLndpbmRvd3MubmV0L2VkMzA5MjdhLTM4NDEtNDU0Yi05ZTJkLTEwM2ZmZGU0YjI3NS8iLCJvaWQiOiJhM2I2MWI0ZS03MzU1LTRlY2EtYTM1Zi0wZWU4Y2Q0MGRlYjMiLCJyaCI6IjAuQVM4QW1XMDdzWWFfWmNrcGd4RjF0ZlRIVXNnMzJOWVd4NHdLd21TZlk4SkMiLCJzdWIiOiJmNDczMjFlMC0zNzIzLTRkNDItYWZjNS03OGNlZmEzN2JiNDUiLCJ0aWQiOiJlZDMwOTI3YS0zODQxLTQ1NGItOWUyZC0xMDNmZmRlNGIyNzUiLCJ1dGkiOiJSTXhaNkJpUmppNl9HazlSeDdIUlVBIiwidmVyIjoiMS4wIn0.WESRIBm1klnJmLtM0oNBSFYKi_KnqsPMBZrGdzgiyEaesGi7Xn9qSiAt2DdUXNoRz386ZclPczvUoDvHQaXFuaTGxCYGSxkh8J9Xdes8rUKWOxGFIdJGPW9LU9AZR2VAp8gwZw7mR9RjRGCEQwZYLeA5Zqc-awyxzaV46xGdndKiUS6LtuEOe4lARVAzdBk3BgqyH6BtLIecXwwX4VFIAa-R4m6r_WqXK3LTTJG-vcjxz4cQ_aaV4XpVPf-wM-6hvBGjfEvOCsKnJLj0HzemDPeKtoc9ZVtaWxrtLNiYi2luFZLwsOg_ukw2B-Q7dB7EWaHkpLJLZDtdR65r3ECWmg",
      },
    }).as("vippsToken");

    cy.intercept("POST", "https://apitest.vipps.no/epayment/v1/payments", {
      statusCode: 201,
      body: { redirectUrl: "https://landing.vipps.no/?token=stub", reference: "fjellsko-1714647600000" },
    }).as("createPayment");
  });

  it("redirects to Vipps after clicking the button", () => {
    cy.visit("/produkt/fjellsko-trekking-42");
    cy.contains("Legg i handlekurv").click();
    cy.visit("/checkout");
    cy.contains("Betal med Vipps").click();
    cy.wait("@createPayment").its("request.body.amount.currency").should("eq", "NOK");
  });
});
