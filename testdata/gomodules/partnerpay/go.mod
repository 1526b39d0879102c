module example.com/partnerpay

go 1.22
