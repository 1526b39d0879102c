module example.com/fixshop

go 1.22
