module example.com/partnerdesk

go 1.22
